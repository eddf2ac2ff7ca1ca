//! The admins' page of CBP field offices: a reviewer page, so English only (reached as
//! `REVIEW_EN.offices`; the public catalogs never carry it).

#[derive(Debug)]
pub struct OfficesMessages {
    pub offices_nav: &'static str,
    pub offices_title: &'static str,
    pub offices_lead: &'static str,
    pub offices_caption: &'static str,
    pub offices_empty: &'static str,
    pub offices_admin_only: &'static str,
    pub col_name: &'static str,
    pub col_active: &'static str,
    pub col_actions: &'static str,
    pub active_yes: &'static str,
    pub active_no: &'static str,
    pub add_heading: &'static str,
    pub office_name: &'static str,
    pub office_name_hint: &'static str,
    /// Another office has this name (names are unique whatever the case).
    pub office_name_taken: &'static str,
    pub add: &'static str,
    pub rename: &'static str,
    /// `(current name)`: the label of the inline rename field.
    pub rename_label: fn(&str) -> String,
    pub save_name: &'static str,
    pub cancel: &'static str,
    pub retire: &'static str,
    pub restore: &'static str,
    /// `(name)`.
    pub added: fn(&str) -> String,
    /// `(old name, new name)`.
    pub renamed: fn(&str, &str) -> String,
    pub retired: fn(&str) -> String,
    pub restored: fn(&str) -> String,
}

pub static OFFICES_EN: OfficesMessages = OfficesMessages {
    offices_nav: "Field offices",
    offices_title: "Field offices",
    offices_lead: "The CBP field offices partners choose from when they report on a validation. A retired office no longer appears on the form; its reports are kept.",
    offices_caption: "CBP field offices, by name",
    offices_empty: "No field office yet. Add the first one below.",
    offices_admin_only: "Only admins can add, rename or retire field offices.",
    col_name: "Name",
    col_active: "Active",
    col_actions: "Actions",
    active_yes: "Yes",
    active_no: "No (retired)",
    add_heading: "Add a field office",
    office_name: "Name",
    office_name_hint: "As partners know it, for example Laredo Field Office.",
    office_name_taken: "Another field office already has this name. Choose a different name.",
    add: "Add field office",
    rename: "Rename",
    rename_label,
    save_name: "Save name",
    cancel: "Cancel",
    retire: "Retire",
    restore: "Restore",
    added,
    renamed,
    retired,
    restored,
};

fn rename_label(name: &str) -> String {
    format!("New name for {name}")
}

fn added(name: &str) -> String {
    format!("Field office {name} added.")
}

fn renamed(old: &str, new: &str) -> String {
    format!("Field office {old} renamed to {new}.")
}

fn retired(name: &str) -> String {
    format!("Field office {name} retired: it no longer appears on the report form.")
}

fn restored(name: &str) -> String {
    format!("Field office {name} restored: it appears on the report form again.")
}
