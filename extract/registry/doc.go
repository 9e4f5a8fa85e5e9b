// Package registry owns which extractors run and in what order, and runs
// them over an article to fill one extract.Result. It sits above every
// extractor package and below the pipeline.
package registry
