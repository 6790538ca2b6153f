package org.crawlsieve.jobs;

/** Paths of a run's outputs under its output directory. */
public record OutputLayout(String root) {
  public OutputLayout {
    root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  public String documents() {
    return root + "/documents";
  }

  public String decisions() {
    return root + "/decisions";
  }

  public String domains() {
    return root + "/domains";
  }

  /** The robots table built from {@code --robots} inputs. */
  public String robots() {
    return root + "/robots";
  }

  public String failedInputs() {
    return root + "/failed_inputs";
  }

  public String signatures() {
    return root + "/signatures";
  }

  public String stats() {
    return root + "/stats.json";
  }

  /** Intermediate tables; removed at the end of a successful run. */
  public String work() {
    return root + "/_work";
  }

  public String stage1() {
    return work() + "/stage1";
  }

  /** Completion markers of the per-record pass, one per committed batch. */
  public String markers() {
    return work() + "/markers";
  }

  public String late() {
    return work() + "/late";
  }
}
