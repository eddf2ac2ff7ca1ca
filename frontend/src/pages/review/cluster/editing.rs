//! What the cluster view's parts share: the cluster as last saved, the members ticked for a split, the problems and the latest confirmation.

use crate::api::review::Reviewer;
use crate::api::Failure;
use crate::pages::review::sending::Sending;
use crate::pages::review::Control;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::clusters::ClusterView;
use std::collections::BTreeSet;

/// The controls' ids (the error summary links to them).
pub(super) const STATUS: &str = "cluster_status";
pub(super) const RESPONSE: &str = "cluster_response";

/// What the parts of the page share: the cluster as last saved, the members ticked for a split,
/// what the forms send (the problems for the error summary) and the latest confirmation.
#[derive(Clone, Copy)]
pub struct ClusterEditing {
    pub cluster: RwSignal<ClusterView>,
    pub selected: RwSignal<BTreeSet<String>>,
    pub sending: Sending,
    pub(super) notice: RwSignal<Option<String>>,
    pub(super) notice_ref: NodeRef<Div>,
    pub(super) reviewer: StoredValue<Reviewer>,
}

/// The API's field keys and the controls on this page they belong to. `tracking_numbers` and
/// `tracking_number` name members, not a control: those problems keep the server's sentence.
fn controls() -> Vec<Control> {
    let r = crate::i18n::reviewer();
    vec![("status", STATUS, r.new_status), ("public_response", RESPONSE, r.response_label)]
}

impl ClusterEditing {
    pub fn new(cluster: ClusterView, reviewer: Reviewer) -> Self {
        let notice = RwSignal::new(None);
        ClusterEditing {
            cluster: RwSignal::new(cluster),
            selected: RwSignal::new(BTreeSet::new()),
            sending: Sending::new(controls, Callback::new(move |()| notice.set(None))),
            notice,
            notice_ref: NodeRef::new(),
            reviewer: StoredValue::new(reviewer),
        }
    }

    pub fn reviewer(self) -> Reviewer {
        self.reviewer.get_value()
    }

    /// The cluster's id as the server last gave it (a split or a new representative may move it).
    pub fn id(self) -> i64 {
        self.cluster.with_untracked(|c| c.id)
    }

    /// The cluster as the server now has it. Ticks on members that left it are dropped.
    pub fn refresh(self, cluster: ClusterView) {
        self.selected.update(|s| s.retain(|n| cluster.members.iter().any(|m| m.tracking_number == *n)));
        self.cluster.set(cluster);
    }

    /// A successful action: the new cluster and a confirmation. The button pressed may be gone
    /// (a member that became the representative, members split off), so focus goes to the
    /// confirmation, which keyboard and screen reader users then read first.
    pub fn changed(self, cluster: ClusterView, done: String) {
        self.sending.succeeded();
        self.refresh(cluster);
        self.notice.set(Some(done));
        let notice = self.notice_ref;
        set_timeout(
            move || {
                if let Some(el) = notice.get_untracked() {
                    let _ = el.focus();
                }
            },
            std::time::Duration::from_millis(0),
        );
    }

    /// Sends one action that answers with the cluster.
    pub fn act<F>(self, request: impl FnOnce(Reviewer, i64) -> F + 'static, done: impl FnOnce() -> String + 'static)
    where
        F: std::future::Future<Output = Result<ClusterView, Failure>> + 'static,
    {
        if !self.sending.start() {
            return;
        }
        let (reviewer, id) = (self.reviewer(), self.id());
        spawn_local(async move {
            match request(reviewer, id).await {
                Ok(cluster) => self.changed(cluster, done()),
                Err(failure) => self.sending.failed(failure),
            }
        });
    }
}
