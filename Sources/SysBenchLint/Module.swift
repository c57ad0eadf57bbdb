// Placeholder so the target compiles; real code lands with its issue.
