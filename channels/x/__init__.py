"""X (Twitter) through API v2 with tweepy: mentions and direct messages, polled."""
