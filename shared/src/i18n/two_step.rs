//! The words of two-step verification: the sign-in's second step, the "Two-step verification"
//! page and the admin's parts of the users page. English only, like the rest of the workspace;
//! reached as `REVIEW_EN.two_step`.

#[derive(Debug)]
pub struct TwoStepMessages {
    // The workspace header.
    pub nav: &'static str,

    // Signing in: the second step.
    pub code_step_title: &'static str,
    /// `(seconds left to give the code)`.
    pub code_step_lead: fn(u32) -> String,
    pub verification_code: &'static str,
    pub verification_code_hint: &'static str,
    pub verify: &'static str,
    pub verifying: &'static str,
    pub verification_code_missing: &'static str,
    pub verification_code_wrong: &'static str,
    pub start_again: &'static str,
    pub sign_in_timed_out: &'static str,

    // The "Two-step verification" page.
    pub title: &'static str,
    pub lead: &'static str,
    pub required_alert: &'static str,
    pub status_on: &'static str,
    pub status_off: &'static str,
    pub already_on: &'static str,
    pub start_lead: &'static str,
    pub start_button: &'static str,
    pub starting: &'static str,
    pub scan_heading: &'static str,
    pub scan_steps: [&'static str; 3],
    pub qr_label: &'static str,
    pub manual_key: &'static str,
    pub manual_key_hint: &'static str,
    pub app_code: &'static str,
    pub app_code_hint: &'static str,
    pub app_code_missing: &'static str,
    pub app_code_format: &'static str,
    pub app_code_wrong: &'static str,
    pub turn_on: &'static str,
    pub turning_on: &'static str,
    pub codes_heading: &'static str,
    pub codes_warning_heading: &'static str,
    pub codes_warning: &'static str,
    pub continue_to_queue: &'static str,
    pub new_codes_heading: &'static str,
    pub new_codes_lead: &'static str,
    pub new_codes_button: &'static str,
    pub new_codes_busy: &'static str,

    // Users (admins).
    pub col_two_step: &'static str,
    pub on: &'static str,
    pub off: &'static str,
    pub reset: &'static str,
    /// `(name)`.
    pub reset_question: fn(&str) -> String,
    pub reset_confirm: &'static str,
    pub reset_cancel: &'static str,
    /// `(name)`.
    pub reset_done: fn(&str) -> String,
    pub policy_heading: &'static str,
    pub policy_lead: &'static str,
    pub policy_require: &'static str,
    pub policy_require_description: &'static str,
    pub policy_save: &'static str,
    pub policy_saved_required: &'static str,
    pub policy_saved_optional: &'static str,
}

fn code_step_lead(seconds: u32) -> String {
    let time = if seconds >= 120 {
        format!("{} minutes", seconds.div_ceil(60))
    } else if seconds >= 60 {
        "1 minute".to_owned()
    } else {
        format!("{seconds} seconds")
    };
    format!(
        "Your account has two-step verification. Open your authenticator app and enter the code it shows \
         for the CTPAT Feedback Portal. You have {time}."
    )
}

pub static TWO_STEP_EN: TwoStepMessages = TwoStepMessages {
    nav: "Two-step verification",

    code_step_title: "Enter your verification code",
    code_step_lead,
    verification_code: "Verification code",
    verification_code_hint: "The 6-digit code from your authenticator app, or one of your recovery codes",
    verify: "Verify",
    verifying: "Verifying…",
    verification_code_missing: "Enter the code from your authenticator app, or one of your recovery codes.",
    verification_code_wrong: "That code did not work. Enter the code your app shows now, or a recovery code you have not used.",
    start_again: "Start again with your password",
    sign_in_timed_out: "Your sign-in timed out or had too many wrong codes. Sign in again.",

    title: "Two-step verification",
    lead: "Two-step verification keeps your account safe even if someone learns your password: after your password, you enter a code from an authenticator app on your phone.",
    required_alert: "An administrator requires two-step verification. Set it up to continue.",
    status_on: "Two-step verification is on.",
    status_off: "Two-step verification is off.",
    already_on: "Two-step verification is already on for your account.",
    start_lead: "You need an authenticator app on your phone, one that shows 6-digit codes that change every 30 seconds.",
    start_button: "Set up an authenticator app",
    starting: "Setting up…",
    scan_heading: "Add the portal to your authenticator app",
    scan_steps: [
        "Open your authenticator app and choose to add an account.",
        "Scan this QR code with the app.",
        "Enter the 6-digit code the app then shows.",
    ],
    qr_label: "QR code for your authenticator app",
    manual_key: "Can't scan? Enter this key:",
    manual_key_hint: "If the app asks, choose a time-based key. The spaces are there to help you read it; you do not need to type them.",
    app_code: "Code from the app",
    app_code_hint: "The 6-digit code your app shows now. It changes every 30 seconds.",
    app_code_missing: "Enter the 6-digit code from your authenticator app.",
    app_code_format: "Enter the 6 digits your authenticator app shows, for example 123456.",
    app_code_wrong: "That code did not work. Enter the code your app shows now; it changes every 30 seconds.",
    turn_on: "Turn on two-step verification",
    turning_on: "Turning on…",
    codes_heading: "Your recovery codes",
    codes_warning_heading: "Store these codes safely",
    codes_warning: "If you lose your phone, sign in with one of these codes instead of a code from the app. Each code works once. Keep them somewhere safe, such as a password manager: this is the only time they are shown.",
    continue_to_queue: "Continue to the queue",
    new_codes_heading: "Recovery codes",
    new_codes_lead: "If you have used or lost your recovery codes, get a new set. The old codes stop working at once.",
    new_codes_button: "Get new recovery codes",
    new_codes_busy: "Getting codes…",

    col_two_step: "Two-step",
    on: "On",
    off: "Off",
    reset: "Reset two-step",
    reset_question: |name| {
        format!(
            "Reset two-step verification for {name}? Their authenticator app and recovery codes stop working and they are signed out. They set it up again at their next sign-in."
        )
    },
    reset_confirm: "Yes, reset two-step",
    reset_cancel: "Cancel",
    reset_done: |name| format!("Reset two-step verification for {name}."),
    policy_heading: "Sign-in policy",
    policy_lead: "Two-step verification asks for a code from an authenticator app after the password.",
    policy_require: "Require two-step verification for every reviewer and admin",
    policy_require_description: "Anyone who has not set it up, you included, must set it up before they can do anything else.",
    policy_save: "Save policy",
    policy_saved_required: "Sign-in policy saved: two-step verification is required.",
    policy_saved_optional: "Sign-in policy saved: two-step verification is optional.",
};
