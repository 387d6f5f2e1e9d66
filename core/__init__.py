"""The shared kernel of the features (desk, ingest, accountability): scheduled jobs and what they
need of the running service, the signing key, working days, the request guards, what intake
answers for a message, attachment files, content versions of files, officers' corrections."""
