# Ruby's side of the differential harness: reads cases as JSON lines on stdin, answers each with one
# JSON line {"id":..., "out":...} on stdout, using Jekyll 4.3's own components (Psych as Jekyll loads
# YAML, Ruby's CSV, Time.parse, Jekyll::Utils.slugify, Liquid 5 in Jekyll's lax mode with Jekyll's filters).
# Values are written with Ruby's types made explicit (see enc). Run with TZ=UTC under faketime, the clock
# frozen at 2027-01-01 UTC: faketime -f '2027-01-01 00:00:00'.
#   ruby scripts/ruby-oracle/oracle.rb < cases.jsonl > answers.jsonl
require "json"
require "time"
require "date"
require "csv"
require "tmpdir"
require "jekyll"

Jekyll.logger.log_level = :error

# A value with its Ruby type explicit: Integer, Float, Symbol, Time, Date, Hash keep their kind in JSON.
def enc(v)
  case v
  when nil, true, false then v
  when String
    v.valid_encoding? ? v : { "$binary" => v.bytes.map { |b| format("%02x", b) }.join }
  when Integer then { "$int" => v.to_s }
  when Float then { "$float" => v.to_s }
  when Symbol then { "$sym" => v.to_s }
  when Time then { "$time" => v.strftime("%Y-%m-%dT%H:%M:%S.%L%:z"), "utc" => v.utc? }
  when DateTime then { "$other" => "DateTime", "s" => v.to_s }
  when Date then { "$date" => v.iso8601 }
  when Array then v.map { |x| enc(x) }
  when Hash then { "$map" => v.map { |k, x| [enc(k), enc(x)] } }
  else { "$other" => v.class.name, "s" => v.to_s }
  end
end

def err(e)
  { "$error" => e.class.name, "message" => e.message.to_s.encode("UTF-8", invalid: :replace, undef: :replace)[0, 300] }
end

def strip_bom(text)
  text.sub(/\A\uFEFF/, "")
end

def load_yaml(text)
  Jekyll::Utils.safe_load_yaml(strip_bom(text))
end

# A data file's value as Jekyll's DataReader reads it (CSV/TSV with headers, everything else as YAML).
def load_data(text, ext)
  case ext.downcase
  when ".csv" then CSV.parse(strip_bom(text), headers: true).map(&:to_hash)
  when ".tsv" then CSV.parse(strip_bom(text), headers: true, col_sep: "\t").map(&:to_hash)
  else load_yaml(text)
  end
end

# Front matter as Document#read_content / Convertible#read_yaml split and load it.
def front(text)
  text = strip_bom(text)
  return { "$map" => [] } unless text =~ Jekyll::Document::YAML_FRONT_MATTER_REGEXP

  data = load_yaml(Regexp.last_match(1))
  return { "$map" => [] } if data.nil? || data == false
  return { "$error" => "NotAHash", "message" => data.class.name } unless data.is_a?(Hash)

  enc(data)
end

def with_tz(tz)
  old = ENV["TZ"]
  ENV["TZ"] = tz.nil? || tz.empty? ? "UTC" : tz
  yield
ensure
  ENV["TZ"] = old
end

SITES = {}

# A Jekyll site over `dir` (its _config.yml, _includes) without plugins (neither gems nor _plugins), quiet; one per folder.
def site_for(dir)
  dir ||= (SITES[:blank] ||= Dir.mktmpdir("ruby-oracle-"))
  SITES[dir] ||= begin
    config = Jekyll.configuration("source" => dir, "destination" => File.join(Dir.tmpdir, "ruby-oracle-out"),
                                  "quiet" => true, "plugins" => [], "gems" => [], "whitelist" => [],
                                  "plugins_dir" => File.join(Dir.tmpdir, "ruby-oracle-no-plugins"))
    config["plugins"] = []
    config.delete("theme") # gem themes are not installed (jekyll-ref.sh drops them too)
    Jekyll::Site.new(config)
  end
end

def liquid(c)
  site = site_for(c["site"])
  page = c["page"] ? load_yaml(c["page"]) : {}
  payload = { "site" => site.config, "page" => page.is_a?(Hash) ? page : {}, "layout" => {}, "content" => "" }
  (c["vars"] || {}).each { |name, (ext, text)| payload[name] = load_data(text, ext) }
  template = Liquid::Template.parse(c["template"], line_numbers: true)
  out = template.render!(payload, registers: { site: site, page: payload["page"] })
  out.valid_encoding? ? out : enc(out)
end

def answer(c)
  case c["kind"]
  when "yaml" then enc(load_yaml(c["text"]))
  when "data" then enc(load_data(c["text"], c["ext"]))
  when "front" then front(c["text"])
  when "slugify" then enc(Jekyll::Utils.slugify(c["text"], mode: c["mode"], cased: c["cased"] ? true : false))
  when "date"
    with_tz(c["tz"]) do
      value = load_yaml("date: #{c['text']}")
      value = value.is_a?(Hash) ? value["date"] : nil
      begin
        enc(Time.parse(value.to_s).localtime)
      rescue ArgumentError => e
        { "$error" => "Jekyll::Errors::InvalidDateError", "message" => e.message }
      end
    end
  when "liquid" then with_tz(c["tz"]) { liquid(c) }
  else { "$error" => "UnknownKind", "message" => c["kind"].to_s }
  end
rescue StandardError, ScriptError, SystemStackError => e
  err(e)
end

$stdout.sync = false
$stdin.each_line do |line|
  c = JSON.parse(line)
  out = answer(c)
  begin
    $stdout.puts(JSON.generate({ "id" => c["id"], "out" => out }))
  rescue JSON::GeneratorError, Encoding::UndefinedConversionError => e
    $stdout.puts(JSON.generate({ "id" => c["id"], "out" => err(e) }))
  end
end
