"""Returns-to-publisher agent for a bookshop chain: the first design, before any security review.

Each week an LLM agent proposes, shop by shop, which unsold books to send back to
their publishers. It reads sales history and stock on hand from the chain's retail
system, reads each publisher's returns terms (return window, condition, whether an
authorisation is needed) from the publishers' trade portals, and drafts a return list
per shop. Shop managers see the lists in a returns web app and can remove titles
until the weekly cut-off; after it the agent creates return authorisations through
the publishers' returns APIs and posts the authorisation numbers back to the shops.
The agent runs in the head-office cloud and uses a hosted LLM. Managers sign in to
the app with their retail accounts; access is by role. Publisher API keys and the
portal logins live in a vault; the agent stops after a fixed number of steps and
every tool call is logged.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Returns-to-publisher agent",
    profile=tg.RiskProfile.LOW,
    description="Proposes and files weekly returns of unsold books to publishers for each shop.",
)

# ---------------------------------------------------------------- data assets
sales_stock = tg.Data(
    "Sales history and stock on hand",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per shop and ISBN: units sold by week, copies on hand, date received, supplier.",
)
returns_terms = tg.Data(
    "Publisher returns terms",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Trade-portal pages: return window, condition rules, credit rate, authorisation needed.",
)
guidelines = tg.Data(
    "Returns guidelines",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Head office's rules: minimum weeks on shelf, keep-lists, weekly returns budget.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_calls = tg.Data("Tool calls", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
return_list = tg.Data(
    "Draft return list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per shop: ISBN, quantity, publisher, reason.",
)
removals = tg.Data("Manager removals", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ra_request = tg.Data(
    "Return authorisation request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
authorisation = tg.Data(
    "Return authorisation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Authorisation number, accepted lines and the address to ship to.",
)
publisher_keys = tg.Data(
    "Publisher API keys and portal logins", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Shops", trust=tg.Trust.INTERNAL):
    # Knows what sells locally; trims the list before it goes.
    manager = tm.add(tg.Actor("Shop manager", role="shop manager"))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Sets the rules the agent works to.
    stock_team = tm.add(tg.Actor("Central stock team", role="stock controller", privileged=True))

with tm.boundary("Publishers", trust=tg.Trust.PARTNER):
    # Where each publisher publishes its returns terms for booksellers.
    portals = tm.add(
        tg.DataSource(
            "Publisher trade portals",
            origin=tg.Origin.PARTNER,
            provides={returns_terms},
            description="Each publisher's or distributor's bookseller portal; we log in with the chain's account.",
        )
    )
    # Where return authorisations are created.
    publisher_api = tm.add(
        tg.ExternalService(
            "Publisher returns APIs",
            description="Each publisher's or distributor's API for return authorisations.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Does the agent's reasoning.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Head-office cloud", trust=tg.Trust.INTERNAL):
    # Starts the weekly run for every shop and, after the cut-off, the filing run.
    scheduler = tm.add(tg.Service("Weekly returns scheduler"))
    # Drafts the lists and files the authorisations.
    agent = tm.add(
        tg.Agent(
            "Returns agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Files whatever is left on each list at the cut-off; managers can only remove titles before it.",
            controls={
                tg.controls.CircuitBreaker(max_steps=60),
                tg.controls.AuditLogging(retention_days=180, note="every tool call"),
            },
        )
    )
    # Read-only lookup into the retail system.
    sales_tool = tm.add(tg.Tool("Sales and stock lookup", capabilities={"read"}))
    # Logs in to a publisher's portal and fetches its returns terms page.
    terms_tool = tm.add(
        tg.Tool(
            "Publisher terms fetcher",
            capabilities={"read", "network-egress"},
            controls={tg.controls.SecretsManagement(note="portal logins from the vault")},
        )
    )
    # Writes the draft list for a shop.
    list_tool = tm.add(tg.Tool("Return list writer", capabilities={"read", "write"}))
    # Creates a return authorisation with a publisher.
    ra_tool = tm.add(
        tg.Tool(
            "Return authorisation creator",
            capabilities={"write", "network-egress"},
            controls={tg.controls.SecretsManagement(note="publisher API keys from the vault")},
        )
    )
    # Holds lists, removals and the authorisations received.
    list_store = tm.add(
        tg.DataStore(
            "Return list store",
            stores={return_list, removals, authorisation, guidelines},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Managers review lists here; the stock team edits the guidelines.
    app = tm.add(
        tg.Service(
            "Returns web app",
            controls={
                tg.controls.Authentication(method="retail account username and password"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Retail data centre", trust=tg.Trust.INTERNAL):
    # The chain's existing stock and sales system of record.
    retail = tm.add(tg.DataStore("Retail stock and sales system", stores={sales_stock}))

# ---------------------------------------------------------------- flows
tm.flow(stock_team, app, guidelines, protocol="https", label="edits guidelines")
tm.flow(app, list_store, guidelines, removals)
tm.flow(list_store, app, return_list, authorisation)
tm.flow(app, manager, return_list, authorisation, protocol="https")
tm.flow(manager, app, removals, protocol="https", label="removes titles")

tm.flow(scheduler, agent, guidelines, label="weekly run per shop")
tm.flow(list_store, agent, guidelines, removals, return_list, label="current list and guidelines")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, sales_tool, tool_calls)
tm.flow(sales_tool, retail, tool_calls, protocol="https")
tm.flow(retail, sales_tool, sales_stock, protocol="https")
tm.flow(sales_tool, agent, sales_stock)

tm.flow(agent, terms_tool, tool_calls)
tm.flow(terms_tool, portals, publisher_keys, protocol="https", label="portal sign-in")
tm.flow(portals, terms_tool, returns_terms, protocol="https")
tm.flow(terms_tool, agent, returns_terms)

tm.flow(agent, list_tool, return_list)
tm.flow(list_tool, list_store, return_list)

tm.flow(agent, ra_tool, ra_request)
tm.flow(ra_tool, publisher_api, ra_request, publisher_keys, protocol="https")
tm.flow(publisher_api, ra_tool, authorisation, protocol="https")
tm.flow(ra_tool, agent, authorisation)
tm.flow(ra_tool, list_store, authorisation)
