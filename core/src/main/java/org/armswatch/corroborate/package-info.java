/**
 * Corroboration: the transfer claims of many articles grouped into the transfers they describe,
 * with the independent sources behind each, its status over time and the denials beside it.
 */
package org.armswatch.corroborate;
