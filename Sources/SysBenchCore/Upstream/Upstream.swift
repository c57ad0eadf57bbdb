/// The upstream SysBench release format (a JSON array of sessions, FORMAT.md §6) and
/// the import and export between it and the toolkit's dataset folders. Kept in its own
/// namespace so that `Upstream.Session` never reads like one of the toolkit's own
/// `SysBench…` modules or types.
public enum Upstream {}
