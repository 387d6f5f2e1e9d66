"""The models of config.yaml: pydantic only, no logic. Each block's model is a leaf module (a
channel's own lives in its channel package); `settings.root.Settings` composes them."""
