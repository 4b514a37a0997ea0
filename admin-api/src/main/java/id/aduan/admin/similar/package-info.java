/**
 * The in-memory Lucene index behind similar complaints and full-text search for officers, over of the stored complaints
 * (MongoDB's $text is not available on the embedded store). Every instance keeps its own index in step with the
 * store by reading recently updated complaints.
 */
package id.aduan.admin.similar;
