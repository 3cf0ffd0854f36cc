package org.storydiff.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.graphx.Edge;
import org.apache.spark.graphx.Graph;
import org.apache.spark.graphx.lib.ConnectedComponents;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Connected components of the clustering graph with GraphX, so the edge list never goes to the
 * driver. GraphX's {@code ConnectedComponents} propagates the smallest vertex id through the graph
 * (Pregel), one superstep per hop; our graphs are unions of small, dense story neighbourhoods whose
 * diameter is a handful of hops, so it converges in a few supersteps. It is Spark's own, tested
 * implementation (spark-graphx, shipped with every Spark distribution), which we prefer to
 * hand-writing large-star/small-star; its one cost is that vertex ids must be longs.
 */
final class GraphComponents {

  private static final ClassTag<Integer> INT = ClassTag$.MODULE$.apply(Integer.class);

  private GraphComponents() {}

  /**
   * @param edges pairs of vertex ids
   * @return every vertex that has an edge → the smallest vertex id of its component (persisted; the
   *     caller unpersists it)
   */
  static JavaPairRDD<Long, Long> of(JavaRDD<Tuple2<Long, Long>> edges) {
    JavaRDD<Edge<Integer>> graphEdges = edges.map(e -> new Edge<>(e._1(), e._2(), 1));
    Graph<Integer, Integer> graph =
        Graph.fromEdges(
            graphEdges.rdd(),
            0,
            StorageLevel.MEMORY_AND_DISK(),
            StorageLevel.MEMORY_AND_DISK(),
            INT,
            INT);
    Graph<Object, Integer> components = ConnectedComponents.run(graph, INT, INT);
    JavaPairRDD<Long, Long> labels =
        components
            .vertices()
            .toJavaRDD()
            .mapToPair(v -> new Tuple2<>((Long) v._1(), (Long) v._2()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    labels.count();
    components.unpersist(false);
    graph.unpersist(false);
    return labels;
  }
}
