module github.com/qemuspec/qemuspec/tools/dump/go

go 1.23.0

require (
	github.com/kaitai-io/kaitai_struct_go_runtime v0.11.0
	github.com/qemuspec/qemuspec/generated/go v0.0.0
)

require golang.org/x/text v0.28.0 // indirect

// The parsers come from this checkout's generated/go, not from a release.
replace github.com/qemuspec/qemuspec/generated/go => ../../../generated/go
