"""Support ticket to knowledge article agent: the first design, before any security review.

Our support engineers resolve customer tickets in a hosted helpdesk (a SaaS vendor).
Every night an export job pulls the tickets solved that day through the helpdesk API,
scrubs e-mail addresses, phone numbers and card-like numbers with regular expressions,
and stages the threads in our content platform. A drafting agent reads each batch,
searches the existing help-centre articles to avoid duplicates, asks a hosted LLM to
write a how-to article from the resolution, and saves it as a draft in our headless
CMS; its draft tool can only write to the drafts space, never publish. A knowledge
editor reviews, edits and approves drafts in an editorial console behind company SSO
with MFA; only approved articles are pushed by the publishing service to the public
help centre that customers browse and search. The LLM vendor was reviewed by
procurement (no training on our data, 30-day retention). The staged tickets are
encrypted at rest and the helpdesk API token lives in the secrets vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Support ticket to knowledge article agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts public help-centre articles from solved support tickets; "
    "an editor approves each one before it is published.",
)

# ---------------------------------------------------------------- data assets
solved_tickets = tg.Data(
    "Solved support tickets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Full ticket threads: customer names, e-mails, account ids, "
    "error logs and screenshots pasted by customers, and the engineer's resolution.",
)
scrubbed_threads = tg.Data(
    "Scrubbed ticket threads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ticket threads after regex scrubbing; names, company names and "
    "free-text details can remain.",
)
drafting_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Style-guide system prompt, the scrubbed thread and similar articles.",
)
llm_completion = tg.Data("Article draft completion", kind="model-output")
search_query = tg.Data("Article search query", kind="tool-call")
existing_articles = tg.Data(
    "Existing help articles", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
draft_article = tg.Data(
    "Draft article",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Article text with the ids of the tickets it was drawn from.",
)
editor_decision = tg.Data(
    "Editor publish approval",
    kind="records",
    description="Approve, edit or reject decision on a draft, with the editor's id.",
)
published_article = tg.Data(
    "Published article",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
customer_search = tg.Data(
    "Help-centre search query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers and the public read and search the published articles.
    customer = tm.add(tg.Actor("Customer", role="help-centre reader"))

with tm.boundary("Helpdesk vendor", trust=tg.Trust.PARTNER):
    # The ticketing SaaS where tickets are worked and kept: the system of record.
    helpdesk = tm.add(
        tg.ExternalService(
            "Helpdesk SaaS",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted ticketing system; export through its REST API with an API token.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that writes the article text.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={
                c.SupplierAssessment(note="procurement review: no training, 30-day retention")
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Resolves tickets; the resolutions are the raw material for articles.
    engineer = tm.add(tg.Actor("Support engineer", role="support staff"))
    # Reviews and approves every draft before it can go public.
    editor = tm.add(tg.Actor("Knowledge editor", role="editor"))

with tm.boundary("Content platform", trust=tg.Trust.INTERNAL):
    # Nightly pull of solved tickets and first-pass PII scrubbing.
    export_job = tm.add(
        tg.Pipeline(
            "Nightly ticket export job",
            stage=tg.Stage.INGESTION,
            controls={
                c.DataMinimization(note="regex scrub of e-mails, phone and card-like numbers"),
                c.SecretsManagement(note="helpdesk API token in the vault"),
            },
        )
    )
    # Staging area the agent reads batches from.
    ticket_store = tm.add(
        tg.DataStore(
            "Staged ticket store",
            stores={scrubbed_threads},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM agent that turns a resolution into a draft article.
    agent = tm.add(
        tg.Agent(
            "Article drafting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads a solved thread, checks for existing articles, drafts one.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Lets the agent see what the help centre already covers.
    search_tool = tm.add(tg.Tool("Article search tool", capabilities={"read"}))
    # The agent's only way to write: creates drafts, cannot publish.
    draft_tool = tm.add(
        tg.Tool(
            "Draft writer tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(note="CMS token scoped to the drafts space"),
                c.ProvenanceTracking(note="each draft records its source ticket ids"),
            },
        )
    )
    # Headless CMS holding drafts and the published articles.
    cms = tm.add(tg.DataStore("Help-centre CMS", stores={draft_article, published_article}))
    # Where editors review, edit and approve drafts.
    console = tm.add(
        tg.Service(
            "Editorial review console",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(note="only the knowledge-editor group can approve"),
            },
        )
    )
    # Pushes approved articles to the public site.
    publisher = tm.add(
        tg.Service(
            "Publishing service",
            controls={c.HumanInTheLoop(approver="a knowledge editor")},
        )
    )

with tm.boundary("Public web tier", trust=tg.Trust.INTERNAL):
    # The public help-centre site customers browse and search.
    help_centre = tm.add(tg.Endpoint("Public help centre", purpose=tg.EndpointPurpose.API))

# ---------------------------------------------------------------- flows
tm.flow(engineer, helpdesk, solved_tickets, protocol="https", label="resolves tickets")
tm.flow(helpdesk, export_job, solved_tickets, protocol="https", label="nightly API export")
tm.flow(export_job, ticket_store, scrubbed_threads)
tm.flow(ticket_store, agent, scrubbed_threads, label="nightly batch")

tm.flow(agent, llm, drafting_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, search_tool, search_query)
tm.flow(cms, search_tool, existing_articles)
tm.flow(search_tool, agent, existing_articles)

tm.flow(agent, draft_tool, draft_article)
tm.flow(draft_tool, cms, draft_article, label="create draft")

tm.flow(cms, console, draft_article)
tm.flow(console, editor, draft_article, protocol="https")
tm.flow(
    editor, console, draft_article, editor_decision, protocol="https", label="edits and approves"
)
tm.flow(console, cms, draft_article, label="saves edits")
tm.flow(console, publisher, editor_decision)
tm.flow(cms, publisher, draft_article, label="approved draft")
tm.flow(publisher, cms, published_article)
tm.flow(publisher, help_centre, published_article, protocol="https")

tm.flow(customer, help_centre, customer_search, protocol="https")
tm.flow(help_centre, customer, published_article, protocol="https")
