package org.crawlsieve.jobs.storage;

import java.io.IOException;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.OutputCommitter;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.PathOutputCommitter;
import org.apache.hadoop.mapreduce.lib.output.PathOutputCommitterFactory;
import org.apache.spark.internal.io.FileNameSpec;
import org.apache.spark.sql.execution.datasources.SQLHadoopMapReduceCommitProtocol;
import scala.Option;

/**
 * Spark SQL commit protocol that writes through Hadoop's {@link PathOutputCommitterFactory}, so
 * that s3a outputs use the S3A magic or staging committer chosen by {@code fs.s3a.committer.name}.
 * Spark's own binding ({@code spark-hadoop-cloud}) is not on Maven Central for Spark 4.2, and
 * Spark's default protocol only knows FileOutputCommitter work paths: with any other committer it
 * would write task files straight to the destination, bypassing the commit.
 */
public final class S3CommitProtocol extends SQLHadoopMapReduceCommitProtocol {
  private static final long serialVersionUID = 1L;

  private final String destination;
  private transient PathOutputCommitter pathCommitter;

  public S3CommitProtocol(String jobId, String path, boolean dynamicPartitionOverwrite) {
    super(jobId, path, dynamicPartitionOverwrite);
    if (dynamicPartitionOverwrite) {
      throw new UnsupportedOperationException(
          "dynamic partition overwrite is not supported by the S3A committers");
    }
    this.destination = path;
  }

  @Override
  public OutputCommitter setupCommitter(TaskAttemptContext context) {
    try {
      pathCommitter = PathOutputCommitterFactory.createCommitter(new Path(destination), context);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the output committer for " + destination, e);
    }
    return pathCommitter;
  }

  /** Task files go under the committer's work path (for magic: {@code __magic_job-…/}). */
  @Override
  public String newTaskTempFile(TaskAttemptContext task, Option<String> dir, FileNameSpec spec) {
    Path work;
    try {
      work = pathCommitter.getWorkPath();
    } catch (IOException e) {
      throw new IllegalStateException("no work path from " + pathCommitter, e);
    }
    Path parent = dir.isDefined() ? new Path(work, dir.get()) : work;
    return new Path(parent, getFilename(task, spec)).toString();
  }
}
