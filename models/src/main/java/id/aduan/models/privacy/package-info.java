/** Telling personal data apart inside free text (UU PDP). */
package id.aduan.models.privacy;
