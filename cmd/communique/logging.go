package main

import (
	"io"
	"strings"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// logger returns the zap logger the flags describe, writing to w (stderr:
// stdout carries only records).
func (f *logFlags) logger(w io.Writer) *zap.Logger {
	level := zapcore.InfoLevel
	switch {
	case f.quiet:
		level = zapcore.ErrorLevel
	case f.verbose:
		level = zapcore.DebugLevel
	}
	var enc zapcore.Encoder
	if strings.ToLower(f.format) == "json" {
		ec := zap.NewProductionEncoderConfig()
		ec.EncodeTime = zapcore.RFC3339NanoTimeEncoder
		ec.EncodeDuration = zapcore.StringDurationEncoder
		enc = zapcore.NewJSONEncoder(ec)
	} else {
		ec := zap.NewDevelopmentEncoderConfig()
		ec.CallerKey = zapcore.OmitKey
		ec.StacktraceKey = zapcore.OmitKey
		ec.EncodeTime = zapcore.TimeEncoderOfLayout("2006-01-02T15:04:05.000Z07:00")
		enc = zapcore.NewConsoleEncoder(ec)
	}
	return zap.New(zapcore.NewCore(enc, zapcore.Lock(zapcore.AddSync(w)), level))
}
