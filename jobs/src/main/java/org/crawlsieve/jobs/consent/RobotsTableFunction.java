package org.crawlsieve.jobs.consent;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.consent.robots.RobotsWarcReader;
import org.crawlsieve.jobs.HadoopConf;
import org.crawlsieve.warc.FailedInput;

/**
 * Streams the captures of robotstxt WARC files (a partition of paths, one file at a time, one
 * record in memory) into rows of {@link RobotsTableSchema#CAPTURE}. Every response is kept, not
 * only {@code /robots.txt} URLs: in Common Crawl's robotstxt WARCs the other URLs are the targets
 * of robots.txt redirects, which the resolver needs. A file that cannot be opened, or breaks
 * mid-way, gives what could be read and is added to {@code failures}; it never fails the task.
 */
final class RobotsTableFunction implements FlatMapFunction<Iterator<String>, Row> {
  private static final long serialVersionUID = 1L;

  // InputConfig is not Serializable: its two bounds travel as numbers.
  private final long maxRecordBytes;
  private final long maxDecodedBytes;
  private final int maxBytes;
  private final HadoopConf hadoop;
  private final CollectionAccumulator<FailedInput> failures;

  RobotsTableFunction(
      InputConfig bounds,
      int maxBytes,
      HadoopConf hadoop,
      CollectionAccumulator<FailedInput> failures) {
    this.maxRecordBytes = bounds.maxRecordBytes();
    this.maxDecodedBytes = bounds.maxDecodedBytes();
    this.maxBytes = maxBytes;
    this.hadoop = hadoop;
    this.failures = failures;
  }

  private void failed(FailedInput failure) {
    System.err.println("crawlsieve robots-table: " + failure);
    failures.add(failure);
  }

  @Override
  public Iterator<Row> call(Iterator<String> paths) {
    InputConfig bounds = new InputConfig(null, maxRecordBytes, maxDecodedBytes);
    return new Iterator<>() {
      private RobotsWarcReader reader;
      private String path;

      @Override
      public boolean hasNext() {
        while (true) {
          if (reader != null) {
            boolean more;
            try {
              more = reader.hasNext();
            } catch (RuntimeException e) {
              failed(new FailedInput(path, -1, -1, e.toString()));
              more = false;
            }
            if (more) {
              return true;
            }
            close();
          }
          if (!paths.hasNext()) {
            return false;
          }
          open(paths.next());
        }
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return RobotsTableSchema.row(reader.next());
      }

      private void open(String p) {
        path = p;
        try {
          Path hp = new Path(p);
          FileSystem fs = hp.getFileSystem(hadoop.get());
          long length = fs.getFileStatus(hp).getLen();
          InputStream in = fs.open(hp, 1 << 20);
          reader = new RobotsWarcReader(in, p, length, bounds, maxBytes, false);
        } catch (IOException | RuntimeException e) {
          failed(new FailedInput(p, -1, 0, "cannot open: " + e));
          reader = null;
        }
      }

      private void close() {
        if (reader.failure() != null) {
          failed(reader.failure());
        }
        try {
          reader.close();
        } catch (IOException e) {
          // read to the end already; nothing is lost
        }
        reader = null;
      }
    };
  }
}
