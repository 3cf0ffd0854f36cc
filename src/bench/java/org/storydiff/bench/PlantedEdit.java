package org.storydiff.bench;

import java.io.Serializable;

/**
 * One difference planted in a version, relative to its story's canonical text. A version without
 * edits carries every canonical fact as written (apart from the tail it trims and its wording).
 *
 * @param change {@code changed}, {@code added}, {@code omitted}, or {@code form} (a difference of
 *     form only, which must never be reported)
 * @param kind {@code figure}, {@code quote} or {@code sentence} for findings; {@code
 *     paragraph-order}, {@code number-format} or {@code quote-marks} for form
 * @param key the figure slot ("dead") or the canonical sentence key ("q1", "d3"; "a0" for an added
 *     sentence); null for form edits that touch the whole version
 * @param canonical the canonical text or value as the other versions write it, or null
 * @param planted what this version writes instead, or null
 * @param note what kind of change: for figures {@code contradiction} or {@code refinement}; for
 *     quotes {@code trimmed N words}, {@code reworded} or {@code speaker}; for omitted sentences
 *     the figure slots and quote they carried, if any
 */
public record PlantedEdit(
    String change, String kind, String key, String canonical, String planted, String note)
    implements Serializable {}
