// Wrapper module that pins the OpenTelemetry Collector Builder (ocb).
// Pins go.opentelemetry.io/collector/cmd/builder v0.159.0 = upstream tag
// cmd/builder/v0.159.0 of open-telemetry/opentelemetry-collector.
// That version's go.mod has no exclude/replace lines, so none are repeated here.
// scripts/tools.sh builds the builder from this module, then runs it on
// ./manifest.yaml, which pins the collector components themselves.
module observability-stack/conformance/otelcol

go 1.25.0

require (
	github.com/fsnotify/fsnotify v1.9.0 // indirect
	github.com/go-viper/mapstructure/v2 v2.4.0 // indirect
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/knadh/koanf/maps v0.1.2 // indirect
	github.com/knadh/koanf/parsers/yaml v1.1.1 // indirect
	github.com/knadh/koanf/providers/env/v2 v2.0.1 // indirect
	github.com/knadh/koanf/providers/file v1.2.1 // indirect
	github.com/knadh/koanf/providers/fs v1.0.1 // indirect
	github.com/knadh/koanf/v2 v2.3.6 // indirect
	github.com/mitchellh/copystructure v1.2.0 // indirect
	github.com/mitchellh/reflectwalk v1.0.2 // indirect
	github.com/spf13/cobra v1.10.2 // indirect
	github.com/spf13/pflag v1.0.10 // indirect
	go.opentelemetry.io/collector/cmd/builder v0.159.0 // indirect
	go.uber.org/multierr v1.11.0 // indirect
	go.uber.org/zap v1.28.0 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/mod v0.39.0 // indirect
	golang.org/x/sys v0.41.0 // indirect
)

tool go.opentelemetry.io/collector/cmd/builder
