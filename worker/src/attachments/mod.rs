//! Attachments: files are uploaded one by one before the feedback is sent, checked by their
//! content, stored in R2 under a key the server makes, and claimed by the submission that names
//! them. Reviewers download every file; the public only files a reviewer published.

pub mod api;
pub mod store;
