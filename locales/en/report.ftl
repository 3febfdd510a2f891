## The steering committee report and the sign-off document (HTML, Markdown).
