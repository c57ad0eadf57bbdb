/// Where things live inside a dataset folder: `dataset.yaml` at the top and one case
/// per file under `cases/`, named for its id. `new` and `import` write this layout;
/// lint and build find files anywhere below the folder (``DatasetLocator``).
public enum DatasetLayout {
    /// The folder, relative to the dataset, that holds the case files.
    public static let casesFolder = "cases"

    /// The cases folder of the dataset at `dataset`.
    public static func casesFolder(in dataset: String) -> String {
        dataset + "/" + casesFolder
    }

    /// The path of the case file for `id` in the dataset at `dataset`: `<dataset>/cases/<id>.yaml`.
    public static func caseFile(id: String, in dataset: String) -> String {
        casesFolder(in: dataset) + "/" + id + ".yaml"
    }
}
