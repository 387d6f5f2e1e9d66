"""Saved views: an officer's inbox filters kept under a name, and the filter a complaint page
returns to ("Kembali ke kotak masuk"), both carried as the inbox's own query string."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from desk.inbox import InboxFilter
from store import saved_views as stored
from store.db import IntegrityError, Session
from store.models import SavedView

MAX_NAME = 60
MAX_VIEWS = 30


class ViewError(ValueError):
    """A view cannot be saved as asked; the message tells the officer why (in Indonesian)."""


def clean_query(typed: str, keep_page: bool = False) -> str:
    """An inbox query string rebuilt from what the filter understands (nothing else passes)."""
    params = dict(parse_qsl(typed[:2000], keep_blank_values=False))
    f = InboxFilter.parse(params)
    query = f.query() if keep_page else f.query(after="")
    if query.get("status") == "terbuka":  # the inbox's default, left out of links
        del query["status"]
    return urlencode(query)


def back_link(dari: str) -> str:
    """Where "Kembali ke kotak masuk" leads: the inbox with the filter the officer came from."""
    query = clean_query(dari, keep_page=True)
    return "/desk/aduan" + (f"?{query}" if query else "")


def views_of(session: Session, officer_id: int) -> list[SavedView]:
    """The officer's saved views, by name."""
    return stored.of_officer(session, officer_id)


def save(session: Session, officer_id: int, name: str, query: str) -> SavedView:
    """Keep the filter under the name; the same name again replaces that view's filter."""
    name = " ".join(name.split())
    if not name:
        raise ViewError("Nama tampilan tidak boleh kosong.")
    if len(name) > MAX_NAME:
        raise ViewError(f"Nama tampilan terlalu panjang: paling banyak {MAX_NAME} huruf.")
    found = stored.by_name(session, officer_id, name)
    if found is None:
        if len(views_of(session, officer_id)) >= MAX_VIEWS:
            raise ViewError(f"Sudah ada {MAX_VIEWS} tampilan: hapus satu dulu.")
        found = SavedView(officer_id=officer_id, name=name, query="")
    found.query = clean_query(query)
    try:
        stored.save(session, found)
    except IntegrityError as exc:  # the same name saved at the same moment in another tab
        raise ViewError("Nama tampilan itu baru saja dipakai: coba lagi.") from exc
    return found


def remove(session: Session, officer_id: int, view_id: int) -> bool:
    """Delete one of the officer's views; False when it is not theirs or not there."""
    return stored.remove(session, officer_id, view_id)
