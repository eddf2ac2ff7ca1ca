//! Pieces that several pages use, named after what a person sees.

pub mod attachments;
pub mod charts;
pub mod confirmation;
pub mod consultation_list;
pub mod consultation_select;
pub mod draft_form;
pub mod error_summary;
pub mod fetched;
pub mod fields;
pub mod filter_form;
pub mod follow_form;
pub mod form_footer;
pub mod frame;
pub mod language_switch;
pub mod list_table;
pub mod notice;
pub mod partner_fields;
pub mod public_response;
pub mod qr_code;
pub mod receipt_status;
pub mod review_header;
pub mod sent_facts;
pub mod short_form;
pub mod survey_invite;
pub mod withdraw;
