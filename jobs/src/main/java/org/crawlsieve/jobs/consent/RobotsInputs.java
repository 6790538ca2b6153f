package org.crawlsieve.jobs.consent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.jobs.InputResolver;

/** robotstxt WARC inputs (files, directories, globs, listings) to a de-duplicated file list. */
public final class RobotsInputs {
  private RobotsInputs() {}

  public static List<String> resolve(SparkSession spark, List<String> inputs, String prefix) {
    InputResolver resolver = new InputResolver(spark.sparkContext().hadoopConfiguration(), prefix);
    LinkedHashSet<String> files = new LinkedHashSet<>();
    for (String input : inputs) {
      files.addAll(resolver.resolve(input, 0));
    }
    return new ArrayList<>(files);
  }
}
