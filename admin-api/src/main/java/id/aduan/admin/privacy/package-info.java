/**
 * Citizens' personal data under UU PDP: carrying out or refusing deletion requests, and the retention job that
 * anonymises complaints closed longer than the configured period; both audited.
 */
package id.aduan.admin.privacy;
