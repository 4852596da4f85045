"""Headline A/B testing agent: the first design, before any security review.

A European news site wants more readers to click through to its stories. When a story
is published in the CMS, a headline agent reads it together with the desk editor's
headline rules (house style, length, banned words, stories not to test), asks a hosted
LLM for three alternative headlines, and starts an A/B test on live traffic through
the experimentation service the site already uses. The site's front end asks that
service which variant each reader sees and sends impressions and clicks to the
analytics warehouse. After a set time the agent reads the click-through rates, stops
the test and writes the winning headline back to the CMS, with no person in between.
Editors sign in to the CMS with SSO and MFA and can tag a story "no headline test";
the agent skips tagged stories in code, runs a bounded number of steps per story, keeps
its LLM key in a vault and logs every run. The publishing tool can change only the
headline field, and rejects headlines over the length limit.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Newsroom headline A/B test agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent that writes alternative headlines, tests them on live traffic and keeps the winner.",
)

# ---------------------------------------------------------------- data assets
article = tg.Data(
    "Article text",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Body, standfirst and original headline of a story, as filed by the newsroom.",
)
headline_rules = tg.Data(
    "Editor headline rules",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="House style, length limit, banned words and the stories not to test.",
)
prompt = tg.Data("Headline prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
variants = tg.Data("Headline variants", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
experiment_call = tg.Data(
    "Experiment request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
experiment_status = tg.Data(
    "Experiment status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
results_query = tg.Data(
    "Click-through query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
test_results = tg.Data(
    "Click-through results", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
publish_call = tg.Data(
    "Winning headline update", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
publish_result = tg.Data(
    "Headline update result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
page_request = tg.Data(
    "Page request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="URL, IP address and the reader's cookie ID.",
)
article_page = tg.Data("Article page", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
published_story = tg.Data(
    "Published story with headline variants", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
assignment_request = tg.Data(
    "Variant assignment request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Experiment ID and the reader's cookie ID.",
)
assignment = tg.Data("Variant assignment", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
click_events = tg.Data(
    "Impression and click events",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Cookie ID, IP-derived region, article, variant shown, clicked or not.",
)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Readers whose clicks decide which headline wins.
    reader = tm.add(tg.Actor("Reader", role="site visitor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the alternative headlines.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Experimentation vendor", trust=tg.Trust.PARTNER):
    # The SaaS A/B testing service the site already uses to split traffic.
    experiments = tm.add(tg.ExternalService("Experimentation service", provides="generic"))

with tm.boundary("Newsroom systems", trust=tg.Trust.INTERNAL):
    # Sets the rules the agent must follow and can opt stories out.
    editor = tm.add(tg.Actor("Desk editor", role="editor"))
    # Where stories are filed, published and their headline changed.
    cms = tm.add(
        tg.Service(
            "Content management system",
            controls={c.Authentication(method="newsroom SSO (OIDC) with MFA"), c.RBAC()},
        )
    )
    # Stories and their headlines.
    article_db = tm.add(tg.DataStore("Article database", stores={article, published_story}))
    # The editor's headline rules, read by the agent as its instructions.
    rules_store = tm.add(tg.DataStore("Headline rules store", stores={headline_rules}))

with tm.boundary("Public web tier", trust=tg.Trust.INTERNAL):
    # Renders article pages and applies the variant each reader is assigned.
    front_end = tm.add(
        tg.Service(
            "Website front end",
            internet_facing=True,
            description="Server-side rendering behind the CDN.",
        )
    )

with tm.boundary("Agent runtime", trust=tg.Trust.INTERNAL):
    # Runs one headline test per new story from start to winner.
    agent = tm.add(
        tg.Agent(
            "Headline agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=30),
                c.SecretsManagement(note="LLM API key in the vault"),
                c.PolicyEnforcement(
                    rules="the scheduler skips stories the editor tagged no headline test"
                ),
            },
        )
    )
    # Starts, reads and stops A/B tests on the experimentation service.
    experiment_tool = tm.add(
        tg.Tool("Experiment tool", capabilities={"read", "write", "network-egress"})
    )
    # Reads click-through rates per variant from the warehouse.
    analytics_tool = tm.add(tg.Tool("Click-through query tool", capabilities={"read"}))
    # Writes the winning headline back to the CMS.
    publish_tool = tm.add(
        tg.Tool(
            "Headline publishing tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(note="CMS token scoped to the headline field"),
                c.InputValidation(note="rejects headlines over 90 characters"),
            },
        )
    )
    # What the agent did for each story, for editors to check afterwards.
    run_log_store = tm.add(
        tg.DataStore(
            "Agent run log store", stores={run_log}, controls={c.AuditLogging(retention_days=90)}
        )
    )

with tm.boundary("Data platform", trust=tg.Trust.INTERNAL):
    # Impressions and clicks per variant, the evidence for the winner.
    warehouse = tm.add(
        tg.DataStore(
            "Analytics warehouse",
            stores={click_events},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

# ---------------------------------------------------------------- flows
# Editors and the CMS
tm.flow(editor, cms, article, headline_rules, protocol="https")
tm.flow(cms, editor, article, run_log, protocol="https", label="story and agent activity views")
tm.flow(cms, article_db, article, published_story)
tm.flow(article_db, cms, article, published_story)
tm.flow(cms, rules_store, headline_rules)
tm.flow(run_log_store, cms, run_log, label="agent activity panel")

# The agent
tm.flow(cms, agent, article, protocol="https", label="story published event")
tm.flow(rules_store, agent, headline_rules)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, variants, protocol="https")
tm.flow(agent, experiment_tool, experiment_call)
tm.flow(experiment_tool, experiments, experiment_call, protocol="https")
tm.flow(experiments, experiment_tool, experiment_status, protocol="https")
tm.flow(experiment_tool, agent, experiment_status)
tm.flow(agent, analytics_tool, results_query)
tm.flow(analytics_tool, warehouse, results_query)
tm.flow(warehouse, analytics_tool, test_results)
tm.flow(analytics_tool, agent, test_results)
tm.flow(agent, publish_tool, publish_call)
tm.flow(publish_tool, cms, publish_call, protocol="https")
tm.flow(cms, publish_tool, publish_result, protocol="https")
tm.flow(publish_tool, agent, publish_result)
tm.flow(agent, run_log_store, run_log)

# Live traffic
tm.flow(reader, front_end, page_request, protocol="https")
tm.flow(front_end, reader, article_page, protocol="https")
tm.flow(cms, front_end, published_story, protocol="https")
tm.flow(front_end, experiments, assignment_request, protocol="https")
tm.flow(experiments, front_end, assignment, protocol="https")
tm.flow(front_end, warehouse, click_events, protocol="https")
