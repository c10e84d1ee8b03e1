package org.sitrep.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.cluster.ClusterReport;
import org.sitrep.store.cluster.EventClustering;
import org.sitrep.store.cluster.GoldScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = {"Show the cross-source event clusters of the store (events of two or more articles judged one happening).",
        "Ingest rebuilds them; --rebuild does it again (e.g. after changing the rules), with the rest of what",
        "ingest does at its end (events rewritten in country and date order, for fast filters). --gold scores them."})
final class ClustersCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE})")
  ClusterReport.Format format;
  @Option(names = "--rebuild", description = "recompute the clusters before showing them") boolean rebuild;
  @Option(names = "--gold", paramLabel = "FILE",
      description = "JSONL {event_key, article_id, type, place}: print pairwise precision/recall/F1 instead of the clusters")
  Path gold;

  @Override
  public Integer call() throws IOException {
    try (Store db = rebuild ? Store.open(store.db) : Store.openReadOnly(store.db)) {
      if (rebuild) {
        System.err.println("sitrep: " + new EventClustering(db).rebuild() + " cluster(s); "
            + org.sitrep.store.EventOrder.sort(db) + " event(s) put in country and date order");
      }
      if (gold != null) {
        GoldScore.Result r = new GoldScore(db.connection()).score(gold);
        System.out.println(r.score() + "; gold rows " + r.rows() + ", with a matching event " + r.matched()
            + (r.badLines() > 0 ? ", unreadable lines " + r.badLines() : ""));
        return 0;
      }
      try (Writer out = Console.stdout()) {
        new ClusterReport(db).write(format, out);
      }
      return 0;
    } catch (StoreException e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (SQLException e) {
      System.err.println("sitrep: " + e.getMessage());
      return 2;
    }
  }
}
