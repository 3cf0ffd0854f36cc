package org.storydiff.cluster;

/**
 * An article's vector, as two articles' similarity reads it: the cosine of two articles of one
 * language, or over names, numbers and dates alone for two languages ({@link ArticleSimilarity}).
 *
 * @param <V> the vector type, compared only with its own kind
 */
interface ArticleVector<V> {

  double cosine(V other);

  double acrossLanguagesCosine(V other);
}
