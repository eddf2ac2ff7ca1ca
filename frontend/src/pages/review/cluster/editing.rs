//! What the cluster view's parts share: the cluster as last saved, the members ticked for a split, the problems and the latest confirmation.

use crate::api::review::Reviewer;
use crate::api::Failure;
use crate::components::error_summary::{focus_summary, Problem};
use crate::pages::review::{failure_problems, field_error, Control};
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::clusters::ClusterView;
use std::collections::BTreeSet;

/// The controls' ids (the error summary links to them).
pub(super) const STATUS: &str = "cluster_status";
pub(super) const RESPONSE: &str = "cluster_response";

/// What the parts of the page share: the cluster as last saved, the members ticked for a split,
/// the problems for the error summary and the latest confirmation.
#[derive(Clone, Copy)]
pub struct ClusterEditing {
    pub cluster: RwSignal<ClusterView>,
    pub selected: RwSignal<BTreeSet<String>>,
    pub problems: RwSignal<Vec<Problem>>,
    pub busy: RwSignal<bool>,
    pub(super) notice: RwSignal<Option<String>>,
    pub(super) notice_ref: NodeRef<Div>,
    pub(super) reviewer: StoredValue<Reviewer>,
    pub(super) summary: NodeRef<Div>,
    pub(super) ended: RwSignal<bool>,
}

/// The API's field keys and the controls on this page they belong to. `tracking_numbers` and
/// `tracking_number` name members, not a control: those problems keep the server's sentence.
fn controls() -> [Control; 2] {
    let r = crate::i18n::reviewer();
    [("status", STATUS, r.new_status), ("public_response", RESPONSE, r.response_label)]
}

impl ClusterEditing {
    pub fn reviewer(self) -> Reviewer {
        self.reviewer.get_value()
    }

    /// The cluster's id as the server last gave it (a split or a new representative may move it).
    pub fn id(self) -> i64 {
        self.cluster.with_untracked(|c| c.id)
    }

    pub fn error(self, id: &'static str) -> Signal<Option<String>> {
        field_error(self.problems.into(), id)
    }

    /// Shows problems found before sending, or sent back, and moves focus to the summary.
    pub fn fail(self, problems: Vec<Problem>) {
        self.notice.set(None);
        self.problems.set(problems);
        focus_summary(self.summary);
    }

    /// Whether a request may start now; marks the page busy if so.
    pub fn start(self) -> bool {
        if self.busy.get_untracked() {
            return false;
        }
        self.busy.set(true);
        self.notice.set(None);
        true
    }

    /// The end of a request: a 401 sends the person to sign in, other failures go to the summary.
    pub fn failed(self, failure: Failure) {
        self.busy.set(false);
        match failure {
            Failure::Unauthorized => self.ended.set(true),
            other => self.fail(failure_problems(&other, &controls())),
        }
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
        self.busy.set(false);
        self.problems.set(Vec::new());
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
        if !self.start() {
            return;
        }
        let (reviewer, id) = (self.reviewer(), self.id());
        spawn_local(async move {
            match request(reviewer, id).await {
                Ok(cluster) => self.changed(cluster, done()),
                Err(failure) => self.failed(failure),
            }
        });
    }
}
