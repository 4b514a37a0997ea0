/** What the classifier suggests for a complaint, with honest confidences. */
package id.aduan.models.suggestion;
