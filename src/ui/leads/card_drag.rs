//! Moving a card on the board by dragging it, with a finger or a mouse. The card's grip
//! starts the drag; a label with the card's title follows the finger, and a strip of
//! the stages appears at the bottom of the screen: on a phone, where the board shows one
//! column at a time, the strip is where a card is dropped; on a wide screen a column is
//! a target too. Letting go over a stage moves the lead there, as the card's menu does
//! (which stays the way for the keyboard and screen readers).

use leptos::prelude::*;
use uuid::Uuid;
use wasm_bindgen::JsCast;

/// What is being dragged, and where to.
#[derive(Clone, Copy)]
pub struct CardDrag {
    /// The lead being dragged and its title.
    pub dragging: RwSignal<Option<(Uuid, String)>>,
    /// Where the finger is, for the label that follows it.
    pub at: RwSignal<(f64, f64)>,
    /// The stage under the finger, if any.
    pub over: RwSignal<Option<Uuid>>,
}

pub fn provide_card_drag() -> CardDrag {
    let drag = CardDrag {
        dragging: RwSignal::new(None),
        at: RwSignal::new((0.0, 0.0)),
        over: RwSignal::new(None),
    };
    provide_context(drag);
    drag
}

/// The stage of the drop target (an element with `data-stage`, neither disabled nor a
/// column that takes no drop) under the point, if any.
fn stage_under(x: f64, y: f64) -> Option<Uuid> {
    let document = web_sys::window()?.document()?;
    let target = document
        .element_from_point(x as f32, y as f32)?
        .closest("[data-stage]:not([aria-disabled=true]):not([data-no-drop])")
        .ok()??;
    Uuid::parse_str(&target.get_attribute("data-stage")?).ok()
}

/// The grip of a card: `on_drop` gets the stage the card was let go over.
#[component]
pub fn DragGrip(lead: Uuid, title: String, on_drop: Callback<Uuid>) -> impl IntoView {
    let drag = expect_context::<CardDrag>();
    let title = StoredValue::new(title);
    let start = move |ev: leptos::ev::PointerEvent| {
        if !ev.is_primary() || ev.button() > 0 {
            return;
        }
        ev.prevent_default();
        if let Some(grip) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            // Every move and the release come to the grip, wherever the finger goes.
            let _ = grip.set_pointer_capture(ev.pointer_id());
        }
        drag.at
            .set((f64::from(ev.client_x()), f64::from(ev.client_y())));
        drag.over.set(None);
        drag.dragging.set(Some((lead, title.get_value())));
    };
    // `try_`: the drag state may be gone with the board while this grip is cleaned up.
    let dragged_here = move || {
        drag.dragging
            .try_with_untracked(|d| d.as_ref().map(|(id, _)| *id))
            .flatten()
            == Some(lead)
    };
    let follow = move |ev: leptos::ev::PointerEvent| {
        if !dragged_here() {
            return;
        }
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        drag.at.set((x, y));
        let over = stage_under(x, y);
        if drag.over.get_untracked() != over {
            drag.over.set(over);
        }
    };
    let finish = move |dropped: bool| {
        if !dragged_here() {
            return;
        }
        let target = drag.over.get_untracked();
        drag.dragging.set(None);
        drag.over.set(None);
        if let (true, Some(stage)) = (dropped, target) {
            on_drop.run(stage);
        }
    };
    // New scores can redraw the card, and with it this grip, while the finger is down:
    // the drag then ends here, rather than leave the strip on the screen.
    on_cleanup(move || {
        if dragged_here() {
            drag.dragging.try_set(None);
            drag.over.try_set(None);
        }
    });
    view! {
        <span class="drag-grip" aria-hidden="true" data-testid="drag-grip"
            on:pointerdown=start on:pointermove=follow
            on:pointerup=move |_| finish(true) on:pointercancel=move |_| finish(false)
            on:lostpointercapture=move |_| finish(false)>
            "⠿"
        </span>
    }
}

/// The label that follows the finger and the strip of stages to drop on, while a card
/// is dragged. `stages`: each stage's id, name and whether a card may be dropped there
/// ("lost" needs a reason, given on the lead's page).
#[component]
pub fn DropStrip(stages: Memo<Vec<(Uuid, String, bool)>>) -> impl IntoView {
    let drag = expect_context::<CardDrag>();
    move || {
        drag.dragging.get().map(|(_, title)| {
            view! {
                <div class="drag-label" aria-hidden="true"
                    style:transform=move || {
                        // Whole pixels: formatting a float would bring its code into the area.
                        let (x, y) = drag.at.get();
                        format!("translate({}px, {}px)", x.round() as i32, y.round() as i32)
                    }>
                    {title}
                </div>
                <div class="drop-strip" aria-hidden="true" data-testid="drop-strip">
                    {stages.get().into_iter().map(|(id, name, lost)| view! {
                        <div class="drop-target" data-stage=id.to_string()
                            aria-disabled=lost.to_string()
                            class:drop-target--over=move || drag.over.get() == Some(id)>
                            {name}
                        </div>
                    }).collect_view()}
                </div>
            }
        })
    }
}
