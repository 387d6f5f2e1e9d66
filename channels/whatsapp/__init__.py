"""WhatsApp Business Cloud API: signed webhooks in, Graph API messages out."""
