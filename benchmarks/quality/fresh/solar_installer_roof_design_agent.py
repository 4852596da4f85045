"""Solar installer roof design agent: the first design.

Homeowners in the US request a rooftop solar quote on our customer portal: they give
their address and upload the last twelve months of electricity bills. A design agent,
an LLM agent running in our cloud and using a hosted model through its API, reads the
usage from the bills, pulls aerial imagery of the roof from an imagery provider and the
tariff from a utility-rate data service, then calls our layout engine to place panels,
estimate production and price a draft design and quote. A licensed solar designer
reviews and corrects every draft in the design console before it is released; the
homeowner then sees the quote on the portal and signs the contract through a third-party
e-signature service. Controls in this design: e-mail one-time-link sign-in and PDF checks
on the portal, TLS to every outside service, provider API keys kept in a vault, a step
limit on the agent, encrypted bill storage and designer approval before any quote goes out.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Solar installer roof design agent",
    profile=tg.RiskProfile.LOW,
    description=(
        "An LLM agent turns a homeowner's address and bills into a panel layout and quote, "
        "checked by a licensed designer before the homeowner signs online."
    ),
)

# ---------------------------------------------------------------- data assets
quote_request = tg.Data(
    "Quote request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Homeowner name, e-mail, phone and property address.",
)
utility_bills = tg.Data(
    "Utility bills",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF bills with account number, service address and monthly usage.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
design_task = tg.Data("Design task", kind="instructions", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
bill_lookup = tg.Data("Bill extraction call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
usage_profile = tg.Data(
    "Extracted usage profile", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
imagery_call = tg.Data("Imagery lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
aerial_imagery = tg.Data(
    "Aerial roof imagery",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed orthophoto and elevation tiles of the property.",
)
roof_geometry = tg.Data("Roof geometry", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
rate_call = tg.Data("Rate lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tariff = tg.Data("Utility tariff", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
layout_call = tg.Data(
    "Layout and pricing call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
layout_result = tg.Data(
    "Layout and production estimate", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
draft_design = tg.Data(
    "Draft design and quote",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approved_quote = tg.Data(
    "Approved quote",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
designer_review = tg.Data(
    "Designer corrections and approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
contract = tg.Data(
    "Installation contract",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
signature = tg.Data("Homeowner signature", kind="records", sensitivity=tg.Sensitivity.PII)
provider_keys = tg.Data("Provider API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The homeowner asking for a quote; anyone can start a request.
    homeowner = tm.add(tg.Actor("Homeowner", role="customer"))

with tm.boundary("Data and service vendors", trust=tg.Trust.PARTNER):
    # Hosted LLM that drives the design agent's reasoning and tool choice.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # Commercial aerial imagery provider: orthophotos and roof elevation by address.
    imagery_provider = tm.add(
        tg.ExternalService("Aerial imagery provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Utility-rate data service: current tariffs and net-metering rules by utility.
    rate_service = tm.add(
        tg.ExternalService("Utility rate service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # E-signature vendor where the homeowner signs the contract.
    esign = tm.add(tg.ExternalService("E-signature service"))

with tm.boundary("Installer cloud", trust=tg.Trust.INTERNAL):
    # Homeowner-facing site: request, bill upload, quote view and signing hand-off.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail one-time link"),
                c.InputValidation(note="PDF and image bills only, 10 MB each"),
            },
        )
    )
    # LLM agent that gathers the inputs and produces the draft design.
    agent = tm.add(
        tg.Agent(
            "Design agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=40),
                c.HumanInTheLoop(approver="licensed solar designer"),
                c.SecretsManagement(note="imagery and rate API keys in the cloud vault"),
            },
        )
    )
    # Reads a homeowner's uploaded bills and returns monthly usage.
    bill_tool = tm.add(tg.Tool("Bill extraction tool", capabilities={"read"}))
    # Fetches aerial imagery for an address and derives roof planes.
    imagery_tool = tm.add(tg.Tool("Aerial imagery tool", capabilities={"read", "network-egress"}))
    # Looks up the homeowner's tariff from the rate service.
    rate_tool = tm.add(tg.Tool("Rate lookup tool", capabilities={"read", "network-egress"}))
    # Our deterministic layout engine: panel placement, production and pricing; saves the draft.
    layout_tool = tm.add(tg.Tool("Layout and pricing tool", capabilities={"read", "write"}))
    # Console where licensed designers review, correct and release drafts.
    design_console = tm.add(tg.Service("Design review console"))

    with tm.boundary("Customer data tier", trust=tg.Trust.RESTRICTED):
        # Uploaded bills and quote requests.
        bill_store = tm.add(
            tg.DataStore(
                "Bill store",
                stores={quote_request, utility_bills},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Draft and approved designs, quotes and signed contracts.
        design_store = tm.add(
            tg.DataStore("Design and quote store", stores={draft_design, approved_quote, contract})
        )

with tm.boundary("Installer office", trust=tg.Trust.INTERNAL):
    # Licensed designer who checks every design before the homeowner sees it.
    designer = tm.add(tg.Actor("Licensed designer", role="solar designer", privileged=True))

# ---------------------------------------------------------------- flows
# Request and bills
tm.flow(homeowner, portal, quote_request, utility_bills, protocol="https")
tm.flow(portal, bill_store, quote_request, utility_bills)
tm.flow(portal, agent, design_task, label="start design")

# Agent reasoning
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")

# Tools
tm.flow(agent, bill_tool, bill_lookup)
tm.flow(bill_store, bill_tool, utility_bills)
tm.flow(bill_tool, agent, usage_profile)

tm.flow(agent, imagery_tool, imagery_call)
tm.flow(imagery_tool, imagery_provider, imagery_call, provider_keys, protocol="https")
tm.flow(imagery_provider, imagery_tool, aerial_imagery, protocol="https")
tm.flow(imagery_tool, agent, roof_geometry)

tm.flow(agent, rate_tool, rate_call)
tm.flow(rate_tool, rate_service, rate_call, provider_keys, protocol="https")
tm.flow(rate_service, rate_tool, tariff, protocol="https")
tm.flow(rate_tool, agent, tariff)

tm.flow(agent, layout_tool, layout_call)
tm.flow(layout_tool, agent, layout_result)
tm.flow(layout_tool, design_store, draft_design, label="save draft")

# Designer review
tm.flow(design_store, design_console, draft_design)
tm.flow(design_console, designer, draft_design, protocol="https")
tm.flow(designer, design_console, designer_review, protocol="https")
tm.flow(design_console, design_store, approved_quote, label="release approved quote")

# Quote and signing
tm.flow(design_store, portal, approved_quote)
tm.flow(portal, homeowner, approved_quote, protocol="https")
tm.flow(portal, esign, contract, protocol="https", label="create envelope")
tm.flow(esign, homeowner, contract, protocol="https")
tm.flow(homeowner, esign, signature, protocol="https")
tm.flow(esign, portal, contract, protocol="https", label="signed contract webhook")
tm.flow(portal, design_store, contract)
