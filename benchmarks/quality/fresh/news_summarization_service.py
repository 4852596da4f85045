"""News summarization service: the first design, before any security review.

A scraper fleet in the company cloud pulls articles from several hundred public
news sites and from the licensed wire feeds we subscribe to, and stores them in
an article store. A summarizer service sends each article to our own LLM, an
open-weights base model fine-tuned on the company's editorial archive of
articles and their human-written standfirsts, and files the draft summary in
the editorial CMS. Editors sign in to the CMS with SSO and must approve each
draft before the CMS pushes it to the public content API that feeds the website
and the mobile apps. Readers can flag a summary as wrong through the same API;
flags are queued and land back on the editors' desk in the CMS. Fine-tuning
runs in a separate ML project and writes versioned weights to a model registry,
from which the serving LLM is deployed. The public API is rate limited and
the CMS keeps an audit log of approvals.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "News summarization service",
    profile=tg.RiskProfile.LOW,
    description=(
        "Scrapes news sites and wire feeds, summarizes with a fine-tuned in-house LLM, "
        "publishes editor-approved summaries; readers flag errors back to editors."
    ),
)

# ---------------------------------------------------------------- data assets
web_articles = tg.Data("Scraped web articles", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
wire_stories = tg.Data(
    "Wire stories",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed content; redistribution is limited by the wire contracts.",
)
wire_key = tg.Data("Wire feed API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
article_text = tg.Data(
    "Normalized article",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cleaned text, headline, source and timestamp of a scraped or wire article.",
)
summ_prompt = tg.Data(
    "Summarization prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft = tg.Data(
    "Draft summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
decision = tg.Data("Editorial decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
published = tg.Data(
    "Published summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
flag = tg.Data(
    "Reader flag",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Summary id, free-text reason, and the reader's account id or IP address.",
)
archive = tg.Data(
    "Editorial archive",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Fine-tuned weights", format="safetensors", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Hundreds of third-party news sites, crawled on a schedule.
    news_sites = tm.add(
        tg.DataSource("News sites", origin=tg.Origin.PUBLIC_WEB, provides={web_articles})
    )
    # Website and app users who read and flag summaries.
    reader = tm.add(tg.Actor("Reader", role="public reader"))

with tm.boundary("Wire agencies", trust=tg.Trust.PARTNER):
    # Licensed agency feeds pulled over their APIs.
    wires = tm.add(tg.DataSource("Wire feeds", origin=tg.Origin.PARTNER, provides={wire_stories}))

with tm.boundary("Newsroom cloud", trust=tg.Trust.INTERNAL):
    # Fetches, parses and de-duplicates articles from sites and wires.
    scraper = tm.add(
        tg.Pipeline(
            "Scraper fleet",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            controls={c.SecretsManagement(note="wire API keys in the cloud secret manager")},
        )
    )
    # Holds the normalized articles waiting to be summarized.
    article_store = tm.add(tg.DataStore("Article store", stores={article_text}))
    # Builds the prompt per article and files the draft in the CMS.
    summarizer = tm.add(tg.Service("Summarizer service"))
    # Our fine-tuned summarization model, served on our own GPUs.
    llm = tm.add(
        tg.LLM(
            "Summarization LLM",
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Open-weights base model fine-tuned on the editorial archive.",
        )
    )
    # Where editors review drafts and flags and approve publication.
    cms = tm.add(
        tg.Service(
            "Editorial CMS",
            controls={
                c.Authentication(method="SSO"),
                c.HumanInTheLoop(approver="duty editor"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Queue of reader flags awaiting editor attention.
    flag_queue = tm.add(tg.DataStore("Flag queue", stores={flag}))
    # Public API behind the CDN: serves summaries and accepts flags.
    content_api = tm.add(
        tg.Endpoint(
            "Public content API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP, flag submissions")},
        )
    )

with tm.boundary("Newsroom offices", trust=tg.Trust.INTERNAL):
    # Journalist on the summaries desk who approves, edits or rejects drafts.
    editor = tm.add(tg.Actor("Editor", role="editor"))

with tm.boundary("ML project", trust=tg.Trust.INTERNAL):
    # Past articles with human-written standfirsts, exported from the CMS.
    archive_set = tm.add(tg.Dataset("Archive training set", stores={archive}))
    # Periodic fine-tuning job.
    finetune = tm.add(
        tg.Pipeline("Fine-tuning job", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
    )
    # Versioned model weights the serving LLM is deployed from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# ingestion
tm.flow(news_sites, scraper, web_articles, protocol="https", label="scheduled crawl")
tm.flow(scraper, wires, wire_key, protocol="https", label="authenticated pull")
tm.flow(wires, scraper, wire_stories, protocol="https")
tm.flow(scraper, article_store, article_text)

# summarization
tm.flow(article_store, summarizer, article_text)
tm.flow(summarizer, llm, summ_prompt)
tm.flow(llm, summarizer, draft)
tm.flow(summarizer, cms, draft, article_text, protocol="https")

# editorial review and publication
tm.flow(cms, editor, draft, article_text, flag, protocol="https")
tm.flow(editor, cms, decision, protocol="https")
tm.flow(cms, content_api, published, protocol="https", label="publish approved")
tm.flow(content_api, reader, published, protocol="https")

# reader flags
tm.flow(reader, content_api, flag, protocol="https")
tm.flow(content_api, flag_queue, flag)
tm.flow(flag_queue, cms, flag)

# fine-tuning
tm.flow(cms, archive_set, archive, label="archive export")
tm.flow(archive_set, finetune, archive)
tm.flow(finetune, registry, weights)
tm.flow(registry, llm, weights, label="deploy")
