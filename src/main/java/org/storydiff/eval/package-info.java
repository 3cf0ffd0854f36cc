/**
 * Accuracy measurement against labelled data (story clusters, quotes, figures, sentence alignment).
 * Plain Java like the rest of the core: scorers take parsed gold and predictions and return
 * figures.
 */
package org.storydiff.eval;
