/** Indonesian chat text normalisation and Lucene analysis shared by every model and index. */
package id.aduan.classifier.text;
