/** HTTP plumbing shared by every feature: the Jackson mapper, request reading, and problem+json errors. */
package cricket.server.http;
