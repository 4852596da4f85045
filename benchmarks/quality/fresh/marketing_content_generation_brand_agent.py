"""Brand content agent: the first design, before any security review.

The consumer brand's marketing team writes campaign briefs in an internal content
studio (signed in with the company SSO). A content agent turns each brief into
draft social posts and ad copy: it calls a hosted LLM, looks up product facts in
the product catalogue, reads the brand voice guidelines and past campaigns from a
vector index, and can search the public web for trends and competitor pages.
Drafts land in a content calendar where a brand manager edits and approves them.
Once a post is approved, the agent schedules it on the brand's social accounts
(Instagram, TikTok, X, LinkedIn) through a scheduler tool that uses the accounts'
OAuth tokens kept in the secrets vault. Controls in this design: SSO on the
studio, role-based access (only brand managers may approve), the manager's
approval before anything is scheduled, tokens in a vault, TLS to every outside
service, and a step limit on each agent run.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Brand content agent",
    profile=tg.RiskProfile.LOW,
    description="Drafts social posts and ad copy from campaign briefs and schedules approved posts.",
)

# ---------------------------------------------------------------- data assets
brief = tg.Data(
    "Campaign brief",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Goals, audience, key messages, launch dates; may name unreleased products.",
)
agent_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the brief, product facts, guideline excerpts and web snippets.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
product_query = tg.Data("Product lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
product_data = tg.Data(
    "Product data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Names, claims, prices, ingredients and launch dates, including unreleased lines.",
)
guidelines = tg.Data(
    "Brand guidelines and past campaigns",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
guideline_chunks = tg.Data(
    "Guideline excerpts", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
web_query = tg.Data("Web search query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
web_pages = tg.Data(
    "Web page content",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Trend articles, hashtag pages and competitor product pages.",
)
drafts = tg.Data(
    "Draft posts and ad copy", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval = tg.Data("Post approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
schedule_call = tg.Data(
    "Scheduled post",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approved post text, media reference, target account and publish time.",
)
published_post = tg.Data("Published post", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC)
post_status = tg.Data(
    "Post status and engagement", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
social_tokens = tg.Data(
    "Social account OAuth tokens",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Writes the campaign briefs and reads the drafts.
    marketer = tm.add(tg.Actor("Content marketer", role="marketing staff"))
    # Edits and approves drafts before anything goes out on the brand's accounts.
    brand_manager = tm.add(tg.Actor("Brand manager", role="brand approver"))

with tm.boundary("Marketing cloud", trust=tg.Trust.INTERNAL):
    # The web app the team works in: briefs in, drafts and the calendar out.
    studio = tm.add(
        tg.Endpoint(
            "Content studio",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(note="only the brand manager role can approve posts"),
            },
        )
    )
    # Plans the work for a brief, calls the LLM and the tools, writes drafts.
    agent = tm.add(
        tg.Agent(
            "Brand content agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=30)},
            description="LLM agent that drafts copy and schedules posts once approved.",
        )
    )
    # Brand voice rules, banned claims and past campaigns, embedded for retrieval.
    guideline_index = tm.add(
        tg.VectorStore("Brand guideline index", stores={guidelines, guideline_chunks})
    )
    # The product information system the agent takes product facts from.
    catalogue = tm.add(tg.DataStore("Product catalogue", stores={product_data}))
    # Read-only lookup of product facts by name or SKU.
    product_tool = tm.add(tg.Tool("Product lookup tool", capabilities={"read"}))
    # Searches and fetches public pages for trends and competitor messaging.
    research_tool = tm.add(tg.Tool("Web research tool", capabilities={"read", "network-egress"}))
    # Drafts, edits, approvals and the publishing calendar.
    calendar = tm.add(tg.DataStore("Content calendar", stores={drafts, approval}))
    # Publishes approved posts to the social platforms at the planned time.
    scheduler = tm.add(
        tg.Tool(
            "Post scheduler tool",
            capabilities={"write", "send-messages", "network-egress"},
            controls={
                c.HumanInTheLoop(
                    approver="the brand manager",
                    note="posts are scheduled only once approved in the content calendar",
                )
            },
        )
    )

    with tm.boundary("Secrets vault", trust=tg.Trust.RESTRICTED):
        # Keeps the OAuth tokens of the brand's social accounts.
        vault = tm.add(
            tg.DataStore(
                "Social token vault",
                stores={social_tokens},
                controls={c.SecretsManagement(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The general-purpose model that writes the copy.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Whatever the research tool fetches: trend sites, forums, competitors' pages.
    public_web = tm.add(
        tg.DataSource("Public web", origin=tg.Origin.PUBLIC_WEB, provides={web_pages})
    )
    # The platforms' publishing APIs, where the posts appear.
    social = tm.add(tg.ExternalService("Social media platforms", provides="generic"))

# ---------------------------------------------------------------- flows
tm.flow(marketer, studio, brief, protocol="https", label="submits brief")
tm.flow(studio, marketer, drafts, protocol="https")
tm.flow(studio, agent, brief)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, guideline_index, brief, label="similarity query")
tm.flow(guideline_index, agent, guideline_chunks)

tm.flow(agent, product_tool, product_query)
tm.flow(product_tool, catalogue, product_query)
tm.flow(catalogue, product_tool, product_data)
tm.flow(product_tool, agent, product_data)

tm.flow(agent, research_tool, web_query)
tm.flow(research_tool, public_web, web_query, protocol="https")
tm.flow(public_web, research_tool, web_pages, protocol="https")
tm.flow(research_tool, agent, web_pages)

tm.flow(agent, calendar, drafts)
tm.flow(calendar, studio, drafts)
tm.flow(studio, brand_manager, drafts, protocol="https")
tm.flow(brand_manager, studio, approval, drafts, protocol="https", label="edits and approves")
tm.flow(studio, calendar, approval, drafts)
tm.flow(calendar, agent, approval, drafts, label="approved posts")

tm.flow(agent, scheduler, schedule_call)
tm.flow(vault, scheduler, social_tokens)
tm.flow(scheduler, social, published_post, social_tokens, protocol="https")
tm.flow(social, scheduler, post_status, protocol="https")
tm.flow(scheduler, agent, post_status)
tm.flow(scheduler, calendar, post_status)
