/** Officers' and admins' accounts (bcrypt hashes in MongoDB), the first admin from the settings, and account management. */
package id.aduan.admin.account;
