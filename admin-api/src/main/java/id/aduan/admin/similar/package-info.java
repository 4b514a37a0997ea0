/**
 * The in-memory Lucene index of stored complaints behind similar complaints and officers' full-text search
 * (MongoDB's $text is not available on the embedded store). Every instance keeps its own index in step with the
 * store by reading recently updated complaints.
 */
package id.aduan.admin.similar;
