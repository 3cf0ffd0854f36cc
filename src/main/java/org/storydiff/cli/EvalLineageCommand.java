package org.storydiff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storydiff.eval.LineageScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code storydiff eval lineage}: runs the job as {@code run} does (default settings) and scores
 * its {@code lineage/} rows against a gold {@code {"derived": {articleId: sourceId}, "independent":
 * [articleIds]}} ({@link LineageScorer}).
 */
@Command(
    name = "lineage",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Run the job and score which version copied which (lineage/) against a gold of derived"
            + " versions and their sources, and independent versions.")
final class EvalLineageCommand implements Callable<Integer> {

  @Option(
      names = {"-i", "--input"},
      required = true,
      arity = "1..*",
      paramLabel = "<path>",
      description = "The articles, as for 'run' (JSON Lines file or directory, repeatable).")
  List<String> inputs;

  @Option(
      names = {"-g", "--gold"},
      required = true,
      paramLabel = "<gold.json>",
      description =
          "{\"derived\": {articleId: sourceArticleId}, \"independent\": [articleId, ...]},"
              + " at the top or under \"lineage\" (as in sample-data/_planted.json).")
  Path gold;

  @Mixin EvalJobRun job = new EvalJobRun();

  @Override
  public Integer call() throws IOException {
    if (!Files.isReadable(gold)) {
      throw new IllegalArgumentException(
          "--gold " + gold + " cannot be read: give a gold with \"derived\" and \"independent\"");
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode goldFile = json.readTree(gold.toFile());
    // sample-data/_planted.json keeps its lineage gold under "lineage", beside the planted findings
    JsonNode goldJson = goldFile.has("lineage") ? goldFile.get("lineage") : goldFile;
    Map<String, String> goldDerived = new LinkedHashMap<>();
    goldJson
        .path("derived")
        .fields()
        .forEachRemaining(e -> goldDerived.put(e.getKey(), e.getValue().asText()));
    List<String> independent = new ArrayList<>();
    goldJson.path("independent").forEach(n -> independent.add(n.asText()));
    Map<String, String> derivedFrom =
        job.runAndRead(
            inputs,
            "storydiff-eval-lineage",
            out -> {
              Map<String, String> rows = new HashMap<>();
              for (JsonNode r : EvalFindingsCommand.datasetRows(json, out.resolve("lineage"))) {
                JsonNode from = r.get("derivedFrom");
                rows.put(
                    r.path("articleId").asText(),
                    from == null || from.isNull() ? null : from.asText());
              }
              return rows;
            });
    System.out.println(LineageScorer.score(derivedFrom, goldDerived, independent).line());
    return StorydiffCommand.EXIT_OK;
  }
}
