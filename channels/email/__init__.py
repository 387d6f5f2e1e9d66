"""The email channel: IMAP in (imapclient), SMTP out (smtplib), a pure parser in between."""
