/**
 * Similar complaints and full-text search for officers, over an in-memory Lucene index of the stored complaints
 * (MongoDB's $text is not available on the embedded store). Every instance keeps its own index in step with the
 * store by reading recently updated complaints.
 */
package id.aduan.admin.similar;
