"""calm"""
