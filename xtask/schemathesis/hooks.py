"""Schemathesis hooks for the CTPAT Feedback Portal: a check that every answer carries the
security headers of shared/docs/security.md (worker/src/http.rs sets them)."""

import schemathesis

REQUIRED = {
    "content-security-policy": "frame-ancestors 'none'",
    "strict-transport-security": "max-age=",
    "x-content-type-options": "nosniff",
    "referrer-policy": "",
}


@schemathesis.check
def security_headers(ctx, response, case):
    headers = {k.lower(): ", ".join(v) if isinstance(v, list) else v for k, v in response.headers.items()}
    for name, must_contain in REQUIRED.items():
        value = headers.get(name)
        if value is None:
            raise AssertionError(f"{name} is missing")
        if must_contain and must_contain not in value:
            raise AssertionError(f"{name} is {value!r}: it should contain {must_contain!r}")
    csp = headers["content-security-policy"]
    if "'unsafe-inline'" in csp or "'unsafe-eval'" in csp:
        raise AssertionError(f"the CSP allows inline or eval'd script: {csp!r}")
    return None
