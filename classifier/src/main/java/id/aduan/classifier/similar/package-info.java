/** Similar-complaint detection and officers' full-text search over an in-memory Lucene index. */
package id.aduan.classifier.similar;
